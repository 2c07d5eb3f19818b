package io.tanggap.web;

import java.util.List;

import io.tanggap.identity.Role;

/**
 * What the layout shows around every signed-in page.
 * @param workspaceName the workspace's name, shown in the header
 * @param userName the signed-in person's display name
 * @param userEmail the signed-in person's e-mail address
 * @param role what the person may do; decides which settings appear
 * @param sections the navigation, in order
 */
public record Shell(String workspaceName, String userName, String userEmail, Role role, List<Section> sections) {

	/**
	 * One entry of the navigation.
	 * @param key the message key of its label ({@code nav.<key>})
	 * @param path where it leads; null for a capability still to come
	 */
	public record Section(String key, String path) {
		public boolean available() {
			return path != null;
		}
	}
}
