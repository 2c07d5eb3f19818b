/**
 * Who may do what: workspaces (tenants) and their branches, users with roles, invitations, API keys,
 * sign-in and the audit log. Every read and write elsewhere is scoped by the {@link io.tanggap.identity.Actor}
 * this module establishes.
 */
package io.tanggap.identity;
