package io.broadsheet.fetcher.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.fetcher.service.UrlSubmissionService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code POST /urls}: submit URLs to fetch. Body {@code {"urls": ["...", ...]}} (1 to {@value
 * #MAX_URLS} strings). Answers 202 with a verdict per URL once the accepted ones are safely on the
 * broker, 400 {@code {"error": ...}} for a malformed body, 503 when the broker cannot take them.
 */
@Path("/urls")
public class UrlsResource {

  /** Most URLs accepted in one request. */
  public static final int MAX_URLS = 1000;

  private static final Logger LOG = Logger.getLogger(UrlsResource.class);

  private final UrlSubmissionService submissions;
  private final ObjectMapper mapper;

  public UrlsResource(UrlSubmissionService submissions, ObjectMapper mapper) {
    this.submissions = submissions;
    this.mapper = mapper;
  }

  @POST
  @Blocking
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response submit(String body) {
    List<String> urls;
    try {
      urls = parse(body);
    } catch (BadRequest e) {
      return error(Response.Status.BAD_REQUEST, e.getMessage());
    }
    try {
      return Response.accepted(SubmitUrlsResponse.of(submissions.submit(urls))).build();
    } catch (UrlSubmissionService.PublishFailedException e) {
      LOG.warnf(e, "cannot publish %d submitted URLs", urls.size());
      return error(Response.Status.SERVICE_UNAVAILABLE, e.getMessage() + "; retry later");
    }
  }

  private List<String> parse(String body) throws BadRequest {
    if (body == null || body.isBlank()) {
      throw new BadRequest("empty body; expected {\"urls\": [\"https://...\"]}");
    }
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw new BadRequest("body is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new BadRequest("body must be a JSON object {\"urls\": [...]}");
    }
    JsonNode array = root.get("urls");
    if (array == null || array.isNull()) {
      throw new BadRequest("\"urls\" is missing");
    }
    if (!array.isArray()) {
      throw new BadRequest("\"urls\" must be an array of strings");
    }
    if (array.isEmpty()) {
      throw new BadRequest("\"urls\" is empty");
    }
    if (array.size() > MAX_URLS) {
      throw new BadRequest(
          "too many URLs: " + array.size() + ", at most " + MAX_URLS + " per request");
    }
    List<String> urls = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode url = array.get(i);
      if (!url.isTextual()) {
        throw new BadRequest("\"urls\"[" + i + "] is not a string");
      }
      urls.add(url.textValue());
    }
    return urls;
  }

  private static Response error(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorResponse(message))
        .build();
  }

  private static final class BadRequest extends Exception {
    BadRequest(String message) {
      super(message);
    }
  }
}
