package io.tanggap.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo business ({@code tanggap.demo.*}).
 * @param enabled create the demo business on start-up
 * @param responsesPerDay average post-visit responses per branch and day over the demo's 18 months
 */
@ConfigurationProperties("tanggap.demo")
record DemoSettings(boolean enabled, double responsesPerDay) {
}
