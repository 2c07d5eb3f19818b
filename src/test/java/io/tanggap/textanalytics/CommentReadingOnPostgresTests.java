package io.tanggap.textanalytics;

import io.tanggap.OnPostgres;

@OnPostgres
class CommentReadingOnPostgresTests extends CommentReadingTests {
}
