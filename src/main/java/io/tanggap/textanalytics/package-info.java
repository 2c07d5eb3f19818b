/**
 * Text analytics: what a comment says, in Bahasa Indonesia (formal and colloquial) and English —
 * its language, its sentiment with a confidence, and the themes it mentions, each with its own
 * sentiment; the shipped models, the commands that train and evaluate them, and each workspace's
 * taxonomy of themes. Reads every comment as responses are stored (after their commit), stores the
 * readings and announces each as {@link io.tanggap.textanalytics.CommentAnalyzed}; reads a
 * workspace's history again when its themes change; offers the readings to feedback through
 * {@link io.tanggap.feedback.CommentReadings}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cli", "identity", "survey", "feedback" })
package io.tanggap.textanalytics;
