package io.tanggap.feedback;

/**
 * Staff corrected where a response came from (its branch, touchpoint or channel), in the
 * transaction this event is published in. The answers themselves are the customer's and never
 * change; listeners move what the response counted from {@code before} to {@code after}.
 */
public record ResponseCorrected(ResponseSubmitted before, ResponseSubmitted after, String by) {
}
