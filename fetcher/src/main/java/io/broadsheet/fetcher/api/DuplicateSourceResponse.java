package io.broadsheet.fetcher.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The 409 body of {@code POST/PUT /sources}: the error and the id of the source with that URL. */
public record DuplicateSourceResponse(
    String error, @JsonProperty("existing_id") String existingId) {}
