package io.tanggap.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.identity.Role;
import io.tanggap.identity.Team;
import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;

/** Puts the layout's {@link Shell} into the model of every page of a signed-in person. */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

	/** Capabilities that later modules bring; shown so people see where the product is going. */
	private static final List<String> COMING = List.of("themes", "cases", "customers",
			"loyalty", "reports");

	private final WorkspaceSetup workspaces;
	private final Team team;

	ShellAdvice(WorkspaceSetup workspaces, Team team) {
		this.workspaces = workspaces;
		this.team = team;
	}

	/** Only for pages: the API's REST controllers also carry {@code @Controller}, but render no layout. */
	@ModelAttribute("shell")
	Shell shell(jakarta.servlet.http.HttpServletRequest request) {
		if (ProblemAdvice.isApi(request)) {
			return null;
		}
		return Actors.current().filter(actor -> actor.userId().isPresent()).map(this::shell).orElse(null);
	}

	private Shell shell(Actor actor) {
		String workspaceName = workspaces.find(actor.workspace()).map(Workspace::name).orElse("");
		List<Shell.Section> sections = new ArrayList<>();
		sections.add(new Shell.Section("home", "/"));
		sections.add(new Shell.Section("dashboard", "/dashboard"));
		sections.add(new Shell.Section("surveys", "/surveys"));
		sections.add(new Shell.Section("responses", "/responses"));
		COMING.forEach(key -> sections.add(new Shell.Section(key, null)));
		if (actor.may(Role.ADMIN)) {
			sections.add(new Shell.Section("settings", "/settings/workspace"));
		}
		Team.Member me = team.profile(actor);
		return new Shell(workspaceName, me.displayName(), me.email(), actor.role(), sections);
	}
}
