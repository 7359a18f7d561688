package io.broadsheet.fetcher.api;

/** The body of every 4xx/5xx this service answers itself: {@code {"error": "..."}}. */
public record ErrorResponse(String error) {}
