package io.tanggap.survey;

/** One option of a choice question; its id is what answers refer to. */
public record Choice(String id, Text label) {
}
