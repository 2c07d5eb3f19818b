/** Tanggap: a self-hosted customer-experience platform; each direct sub-package is an application module. */
package io.tanggap;
