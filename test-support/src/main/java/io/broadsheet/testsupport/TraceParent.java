package io.broadsheet.testsupport;

import java.util.UUID;

/** The trace id and parent span id of a W3C {@code traceparent} header value. */
public record TraceParent(String traceId, String spanId) {

  /** Reads {@code 00-<trace id>-<span id>-<flags>}. */
  public static TraceParent parse(String header) {
    String[] parts = header.split("-");
    if (parts.length != 4 || parts[1].length() != 32 || parts[2].length() != 16) {
      throw new IllegalArgumentException("not a traceparent: " + header);
    }
    return new TraceParent(parts[1], parts[2]);
  }

  /** A new trace and parent span, as an upstream service would send them. */
  public static TraceParent random() {
    String trace = UUID.randomUUID().toString().replace("-", "");
    String span = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    return new TraceParent(trace, span);
  }

  /** A sampled traceparent header value for this trace and parent span. */
  public String header() {
    return "00-" + traceId + "-" + spanId + "-01";
  }
}
