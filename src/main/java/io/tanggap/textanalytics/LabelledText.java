package io.tanggap.textanalytics;

/** A text with the sentiment a person gave it, from a training or evaluation file. */
record LabelledText(String text, Sentiment sentiment) {
}
