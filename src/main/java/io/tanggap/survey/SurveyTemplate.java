package io.tanggap.survey;

/**
 * A ready-made survey for a common customer-experience moment, in Indonesian and English, that a
 * workspace copies into a draft of its own and adapts.
 * @param key stable and unique, also the resource's file name, e.g. {@code post-support-ces}
 * @param name what the template is called in the list, and the default name of a survey made from it
 * @param description when to use it
 * @param definition the draft a survey made from it starts with; passes {@link SurveyDefinition#check()}
 */
public record SurveyTemplate(String key, Text name, Text description, SurveyDefinition definition) {
}
