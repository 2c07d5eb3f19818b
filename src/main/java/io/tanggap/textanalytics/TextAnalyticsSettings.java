package io.tanggap.textanalytics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a workspace's comments are read again after its themes changed ({@code tanggap.textanalytics.*}).
 * @param reanalysisPart comments read (and stored, with the position reached) in one transaction
 * @param reanalysisInterval how often each node looks for a reading again that nobody works on
 * @param reanalysisClaim how long a node holds a reading again after its last part before another
 *        node (or this one, after a restart) may go on with it
 */
@ConfigurationProperties("tanggap.textanalytics")
record TextAnalyticsSettings(@DefaultValue("200") int reanalysisPart, @DefaultValue("PT5S") Duration reanalysisInterval,
		@DefaultValue("PT1M") Duration reanalysisClaim) {
}
