package io.tanggap.textanalytics;

import io.tanggap.OnH2;

@OnH2
class CommentReadingOnH2Tests extends CommentReadingTests {
}
