package io.tanggap.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;

/** Creating, listing, revoking and checking API keys. A key is shown once, when it is created. */
@Service
public class ApiKeyManagement {

	/** A key just created: {@code key} is the only copy of the secret. */
	public record IssuedKey(UUID id, String name, Role role, String key) {
	}

	/** A key as lists show it: never the secret. */
	public record KeySummary(UUID id, String name, String prefix, Role role, String createdBy, Instant createdAt,
			Instant lastUsedAt, Instant revokedAt) {
	}

	private static final String SCHEME = "tg_";
	/** Last-used times are written at most this often per key, so reads stay reads. */
	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	/** A key checked recently, and until when that check stands. */
	private record Verified(UUID key, Actor actor, Instant until) {
	}

	static final Duration REMEMBER = Duration.ofSeconds(10);
	private static final int MAX_REMEMBERED = 10_000;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();
	private final ApiKeys keys;
	private final AuditLog audit;
	private final Clock clock;

	ApiKeyManagement(ApiKeys keys, AuditLog audit, Clock clock) {
		this.keys = keys;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public IssuedKey create(Actor actor, String name, Role role) {
		actor.requireRole(Role.ADMIN);
		if (role == null) {
			throw Problem.invalid("required", "role");
		}
		actor.requireRole(role);
		return issue(actor.workspace(), Names.required(name, "name"), role, actor.name(), actor);
	}

	/** A key for the {@code bootstrap} command, which has no signed-in caller. */
	@Transactional
	public IssuedKey createForBootstrap(WorkspaceId workspace, String name) {
		Actor bootstrap = new Actor(workspace, Role.OWNER, "bootstrap", Optional.empty());
		return issue(workspace, Names.required(name, "name"), Role.OWNER, "bootstrap", bootstrap);
	}

	@Transactional(readOnly = true)
	public List<KeySummary> list(Actor actor) {
		actor.requireRole(Role.ADMIN);
		return keys.all(actor.workspace()).stream().map(ApiKeyManagement::summary).toList();
	}

	@Transactional(readOnly = true)
	public KeySummary get(Actor actor, UUID id) {
		actor.requireRole(Role.ADMIN);
		return keys.find(actor.workspace(), id).map(ApiKeyManagement::summary)
				.orElseThrow(() -> Problem.notFound("api-key"));
	}

	@Transactional
	public void revoke(Actor actor, UUID id) {
		actor.requireRole(Role.ADMIN);
		ApiKey key = keys.find(actor.workspace(), id).orElseThrow(() -> Problem.notFound("api-key"));
		if (!keys.revoke(actor.workspace(), id, clock.instant())) {
			throw Problem.conflict("api-key-revoked", key.name());
		}
		verified.values().removeIf(v -> v.key().equals(id));
		audit.record(actor, "api-key.revoked", key.name());
	}

	/**
	 * @return the caller a presented key stands for; empty for an unknown, malformed or revoked key.
	 * A verified key is remembered for {@link #REMEMBER}, so busy clients cost no database read per
	 * request; revoking evicts it at once on this node, and other nodes notice within that time.
	 * Not transactional: a remembered key needs no connection, and the look-up and the touch are
	 * single statements.
	 */
	public Optional<Actor> authenticate(String presented) {
		if (presented == null || !presented.startsWith(SCHEME) || presented.length() > 200) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		String hash = Secrets.sha256(presented);
		Verified known = verified.get(hash);
		if (known != null && known.until().isAfter(now)) {
			return Optional.of(known.actor());
		}
		int separator = presented.indexOf('_', SCHEME.length());
		if (separator < 0) {
			return Optional.empty();
		}
		String prefix = presented.substring(SCHEME.length(), separator);
		String secret = presented.substring(separator + 1);
		Optional<ApiKey> key = keys.findByPrefix(prefix).filter(ApiKey::active)
			.filter(k -> Secrets.sameHash(Secrets.sha256(secret), k.secretHash()));
		key.ifPresentOrElse(k -> {
			if (k.lastUsedAt() == null || k.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
				keys.touch(k.id(), now);
			}
			if (verified.size() >= MAX_REMEMBERED) {
				verified.clear();
			}
			verified.put(hash, new Verified(k.id(), k.actor(), now.plus(REMEMBER)));
		}, () -> verified.remove(hash));
		return key.map(ApiKey::actor);
	}

	private IssuedKey issue(WorkspaceId workspace, String name, Role role, String createdBy, Actor auditAs) {
		String prefix = Secrets.token(9).replace('-', 'x').replace('_', 'y');
		String secret = Secrets.token(32);
		ApiKey key = new ApiKey(UUID.randomUUID(), workspace, name, prefix, Secrets.sha256(secret), role, createdBy,
				clock.instant(), null, null);
		keys.insert(key);
		audit.record(auditAs, "api-key.created", name + " (" + role.key() + ")");
		return new IssuedKey(key.id(), name, role, SCHEME + prefix + "_" + secret);
	}

	private static KeySummary summary(ApiKey k) {
		return new KeySummary(k.id(), k.name(), k.prefix(), k.role(), k.createdBy(), k.createdAt(), k.lastUsedAt(),
				k.revokedAt());
	}
}
