/**
 * The staff web application's shell: layout and navigation, languages, display of times and money
 * in the workspace's zone and currency, error pages, RFC 9457 problem details for {@code /api}, and
 * request logging. Each module keeps its own controllers and templates.
 */
package io.tanggap.web;
