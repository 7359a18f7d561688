package io.broadsheet.fetcher.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.fetcher.discovery.Source;
import io.broadsheet.fetcher.discovery.SourceSpecs;
import io.broadsheet.fetcher.discovery.SourceStore;
import io.broadsheet.fetcher.service.DiscoveryService;
import io.broadsheet.fetcher.service.SourceService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code /sources}: the places article URLs are discovered. {@code POST /sources} with {@code
 * {"url": "...", "kind": "feed|sitemap|list|site", "interval": "PT5M"}} (kind and interval
 * optional; site sources may add {@code include}, {@code exclude}, {@code max_depth}) answers 201
 * with the source and a Location; {@code GET /sources}, {@code GET/PUT/DELETE /sources/{id}}, and
 * {@code POST /sources/{id}/poll} to poll one now. Errors: 400 {@code {"error": ...}} for bad
 * input, 404 for an unknown id, 409 {@code {"error": ..., "existing_id": ...}} for a URL already a
 * source, 503 when the database is unreachable.
 */
@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {

  private static final Logger LOG = Logger.getLogger(SourcesResource.class);

  private static final List<String> FIELDS =
      List.of("url", "kind", "interval", "include", "exclude", "max_depth");

  private final SourceService sources;
  private final DiscoveryService discovery;
  private final ObjectMapper mapper;

  public SourcesResource(SourceService sources, DiscoveryService discovery, ObjectMapper mapper) {
    this.sources = sources;
    this.discovery = discovery;
    this.mapper = mapper;
  }

  @POST
  @Blocking
  @Consumes(MediaType.WILDCARD)
  public Response create(String body, @Context UriInfo uri) {
    return answer(
        () -> {
          Source source = sources.create(parse(body));
          return Response.created(uri.getAbsolutePathBuilder().path(source.id()).build())
              .entity(SourceResponse.of(source))
              .build();
        });
  }

  @GET
  @Blocking
  public Response list() {
    return answer(
        () -> {
          List<SourceResponse> all = sources.list().stream().map(SourceResponse::of).toList();
          return Response.ok(Map.of("sources", all)).build();
        });
  }

  @GET
  @Path("/{id}")
  @Blocking
  public Response get(@PathParam("id") String id) {
    return answer(() -> found(id, sources.find(id)));
  }

  @PUT
  @Path("/{id}")
  @Blocking
  @Consumes(MediaType.WILDCARD)
  public Response replace(@PathParam("id") String id, String body) {
    return answer(() -> found(id, sources.replace(id, parse(body))));
  }

  @DELETE
  @Path("/{id}")
  @Blocking
  public Response delete(@PathParam("id") String id) {
    return answer(() -> sources.delete(id) ? Response.noContent().build() : notFound(id));
  }

  @POST
  @Path("/{id}/poll")
  @Blocking
  public Response poll(@PathParam("id") String id) {
    return answer(
        () -> {
          Optional<DiscoveryService.PollReport> report = discovery.pollNow(id);
          if (report.isPresent()) {
            return Response.ok(report.get()).build();
          }
          return sources.find(id).isPresent()
              ? error(Response.Status.CONFLICT, "source " + id + " is being polled right now")
              : notFound(id);
        });
  }

  /** A request's work, which may refuse its input, meet a duplicate URL or lose the database. */
  @FunctionalInterface
  private interface SourceCall {
    Response run()
        throws SourceSpecs.InvalidSourceException, SourceStore.DuplicateUrlException, SQLException;
  }

  /** Runs {@code call}, answering its failures the same way on every endpoint: 400, 409, 503. */
  private static Response answer(SourceCall call) {
    try {
      return call.run();
    } catch (SourceSpecs.InvalidSourceException e) {
      return error(Response.Status.BAD_REQUEST, e.getMessage());
    } catch (SourceStore.DuplicateUrlException e) {
      return duplicate(e);
    } catch (SQLException e) {
      return unavailable(e);
    }
  }

  private SourceService.Input parse(String body) throws SourceSpecs.InvalidSourceException {
    if (body == null || body.isBlank()) {
      throw new SourceSpecs.InvalidSourceException(
          "empty body; expected {\"url\": \"https://...\", \"kind\": \"feed\", \"interval\": \"PT5M\"}");
    }
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw new SourceSpecs.InvalidSourceException("body is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new SourceSpecs.InvalidSourceException("body must be a JSON object {\"url\": ...}");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new SourceSpecs.InvalidSourceException(
            "unknown field \"" + name + "\"; expected " + FIELDS);
      }
    }
    JsonNode depth = root.get("max_depth");
    Integer maxDepth = null;
    if (depth != null && !depth.isNull()) {
      if (!depth.isIntegralNumber() || !depth.canConvertToInt()) {
        throw new SourceSpecs.InvalidSourceException("\"max_depth\" must be an integer");
      }
      maxDepth = depth.intValue();
    }
    return new SourceService.Input(
        text(root, "url"),
        text(root, "kind"),
        text(root, "interval"),
        text(root, "include"),
        text(root, "exclude"),
        maxDepth);
  }

  private static String text(JsonNode root, String field)
      throws SourceSpecs.InvalidSourceException {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new SourceSpecs.InvalidSourceException("\"" + field + "\" must be a string");
    }
    return value.textValue();
  }

  private static Response found(String id, Optional<Source> source) {
    return source.map(s -> Response.ok(SourceResponse.of(s)).build()).orElseGet(() -> notFound(id));
  }

  private static Response notFound(String id) {
    return error(Response.Status.NOT_FOUND, "no source " + id);
  }

  private static Response duplicate(SourceStore.DuplicateUrlException e) {
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.APPLICATION_JSON)
        .entity(new DuplicateSourceResponse(e.getMessage(), e.existingId()))
        .build();
  }

  private static Response unavailable(SQLException e) {
    LOG.warnf(e, "source store unavailable");
    return error(Response.Status.SERVICE_UNAVAILABLE, "source store unavailable; retry later");
  }

  private static Response error(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorResponse(message))
        .build();
  }
}
