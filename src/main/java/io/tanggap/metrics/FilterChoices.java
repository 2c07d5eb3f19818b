package io.tanggap.metrics;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.tanggap.feedback.Channel;
import io.tanggap.identity.Actor;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.survey.SurveyManagement;

/** What the filter form of the dashboard and its tabs offers: surveys, branches, channels and periods. */
@Component
class FilterChoices {

	private final SurveyManagement surveys;
	private final BranchDirectory branches;

	FilterChoices(SurveyManagement surveys, BranchDirectory branches) {
		this.surveys = surveys;
		this.branches = branches;
	}

	/** Adds the choices, and the period chosen, to a page's model. */
	void addTo(Model model, Actor actor, DashboardFilter.Params params) {
		model.addAttribute("surveys", surveys.all(actor));
		model.addAttribute("branches", branches.all(actor.workspace()));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("presets", DashboardFilter.Preset.values());
		model.addAttribute("preset", DashboardFilter.chosen(params));
	}
}
