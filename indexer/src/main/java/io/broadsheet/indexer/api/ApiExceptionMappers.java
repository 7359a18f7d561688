package io.broadsheet.indexer.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns refusals into {@code {"error": "..."}} JSON responses. */
public class ApiExceptionMappers {

  @ServerExceptionMapper
  public Response refused(ApiException e) {
    return json(e.status(), e.getMessage());
  }

  /** Framework errors (unknown path, wrong method, unacceptable media type) get JSON too. */
  @ServerExceptionMapper
  public Response framework(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    String message =
        e.getMessage() == null ? Response.Status.fromStatusCode(status).toString() : e.getMessage();
    return json(status, message);
  }

  private static Response json(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(message))
        .build();
  }
}
