package io.broadsheet.extractor.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.broadsheet.extractor.config.ExtractorConfig;
import io.broadsheet.extractor.replay.ReplayConflictException;
import io.broadsheet.extractor.replay.ReplayJob;
import io.broadsheet.extractor.replay.ReplayJobs;
import io.broadsheet.extractor.replay.ReplayRange;
import io.broadsheet.extractor.replay.ReplayRequestException;
import io.broadsheet.extractor.replay.ReplayView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@code /replay}: re-extracts raw pages kept in {@code broadsheet.pages.fetched} with this
 * replica's extractor and publishes the results, without fetching anything again. See README
 * "Replaying raw pages through a newer extractor".
 */
@Path("/replay")
@Produces(MediaType.APPLICATION_JSON)
public class ReplayResource {

  /**
   * The body of {@code POST /replay}; times are ISO-8601 instants, {@code site} a host (optional:
   * every site), {@code dry_run} extracts without publishing.
   */
  public record ReplayRequest(
      String from, String to, String site, @JsonProperty("dry_run") Boolean dryRun) {}

  private final ReplayJobs jobs;
  private final ExtractorConfig config;

  public ReplayResource(ReplayJobs jobs, ExtractorConfig config) {
    this.jobs = jobs;
    this.config = config;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(ReplayRequest request) {
    if (request == null) {
      throw new ReplayRequestException("a JSON body with from and to is required");
    }
    ReplayRange range =
        ReplayRange.parse(request.from(), request.to(), request.site(), config.replay().maxRange());
    ReplayJob job = jobs.submit(range, Boolean.TRUE.equals(request.dryRun()));
    return Response.accepted(job.snapshot()).location(URI.create("/replay/" + job.id())).build();
  }

  @GET
  public List<ReplayView> list() {
    return jobs.list().stream().map(ReplayJob::snapshot).toList();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return jobs.find(id)
        .map(job -> Response.ok(job.snapshot()).build())
        .orElseGet(() -> unknown(id));
  }

  /** Cancels a queued or running job; answers the job as it is then (a running one stops soon). */
  @DELETE
  @Path("{id}")
  public Response cancel(@PathParam("id") String id) {
    return jobs.cancel(id)
        .map(job -> Response.ok(job.snapshot()).build())
        .orElseGet(() -> unknown(id));
  }

  @ServerExceptionMapper
  public Response badRequest(ReplayRequestException e) {
    return error(Response.Status.BAD_REQUEST, e.getMessage(), Map.of());
  }

  @ServerExceptionMapper
  public Response conflict(ReplayConflictException e) {
    return error(Response.Status.CONFLICT, e.getMessage(), Map.of("existing_id", e.existingId()));
  }

  private static Response unknown(String id) {
    return error(
        Response.Status.NOT_FOUND,
        "no replay " + id + " on this replica (jobs are kept in memory until a restart)",
        Map.of());
  }

  private static Response error(Response.Status status, String message, Map<String, String> more) {
    Map<String, String> body = new java.util.LinkedHashMap<>(more);
    body.put("error", message);
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
  }
}
