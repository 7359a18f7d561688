package io.broadsheet.indexer.api;

import io.broadsheet.indexer.search.InvalidSearchException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns refusals into {@code application/problem+json} responses ({@link ApiError}). */
public class ApiExceptionMappers {

  @ServerExceptionMapper
  public Response refused(ApiException e) {
    return problem(e.status(), e.getMessage(), null);
  }

  @ServerExceptionMapper
  public Response invalidSearch(InvalidSearchException e) {
    return problem(400, e.getMessage(), e.parameter());
  }

  /** Framework errors (unknown path, wrong method, unacceptable media type) get a problem too. */
  @ServerExceptionMapper
  public Response framework(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    String message =
        e.getMessage() == null ? Response.Status.fromStatusCode(status).toString() : e.getMessage();
    return problem(status, message, null);
  }

  private static Response problem(int status, String detail, String parameter) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "HTTP " + status : type.getReasonPhrase();
    return Response.status(status)
        .type(ApiError.MEDIA_TYPE)
        .entity(ApiError.of(status, title, detail, parameter))
        .build();
  }
}
