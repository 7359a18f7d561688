package io.broadsheet.indexer.api;

/** The body of every error response: {@code {"error": "..."}}. */
public record ApiError(String error) {}
