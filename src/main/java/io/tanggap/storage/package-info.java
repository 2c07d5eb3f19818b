/**
 * Upkeep of the embedded database: keeping the H2 file compact while the service runs. Nothing
 * here runs on PostgreSQL.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package io.tanggap.storage;
