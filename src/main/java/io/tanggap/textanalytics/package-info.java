/**
 * Text analytics: what a comment says, in Bahasa Indonesia (formal and colloquial) and English —
 * its language, its sentiment with a confidence, and the themes it mentions, each with its own
 * sentiment; the shipped models, the commands that train and evaluate them, and each workspace's
 * taxonomy of themes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cli" })
package io.tanggap.textanalytics;
