/**
 * The demo business: a café chain, Kopi Nusantara, with branches in Jakarta, Bandung and Surabaya
 * and its staff, so a new user sees something real. Later modules add its surveys, responses and
 * cases here.
 */
package io.tanggap.demo;
