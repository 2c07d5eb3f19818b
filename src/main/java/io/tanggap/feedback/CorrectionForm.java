package io.tanggap.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Where a response came from, as the form on its page corrects it. The field rules give the
 * messages next to the fields; {@link ResponseChanges} checks them again, and what only it knows
 * (an unknown branch, the import channel).
 * @param branchId null for none
 */
record CorrectionForm(@NotNull(message = "{validation.required}") Channel channel, UUID branchId,
		@Size(max = 100, message = "{validation.too-long}") String touchpoint) {

	/** The channels staff may pick: {@link Channel#IMPORT} is only ever set by a file import. */
	static final List<Channel> CHANNELS = Arrays.stream(Channel.values()).filter(c -> c != Channel.IMPORT).toList();

	/** The channels to choose from: IMPORT only for a response that was imported, which may keep it. */
	static List<Channel> channels(SurveyResponse response) {
		return response.channel() == Channel.IMPORT ? Arrays.asList(Channel.values()) : CHANNELS;
	}

	/** The response as it is. */
	static CorrectionForm of(SurveyResponse response) {
		return new CorrectionForm(response.channel(), response.branch(),
				response.touchpoint());
	}

	ResponseChanges.Correction toCorrection() {
		return new ResponseChanges.Correction(channel, branchId, touchpoint);
	}
}
