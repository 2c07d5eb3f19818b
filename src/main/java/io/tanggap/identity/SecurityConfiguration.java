package io.tanggap.identity;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.HandlerExceptionResolver;

import jakarta.servlet.DispatcherType;

/**
 * Two filter chains: {@code /api/**} is stateless and authenticated by API key, with problem-detail
 * errors; everything else is the browser application with a session, form sign-in, CSRF
 * protection and strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/** Only our own scripts, styles and images; no inline script, no framing, forms post to us only. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The respondent's pages, the website widget's script and the unsubscribe page of e-mail invitations: public, stateless, without CSRF token
	 * (there is no signed-in state to protect), and the pages may be framed by the business's own
	 * website, where the widget shows them.
	 */
	private static final String[] RESPONDENT_PAGES = { "/s/**", "/widget.js", "/unsubscribe/**" };

	/** Like {@link #CONTENT_SECURITY_POLICY}, but any site may frame the page (the widget's pop-up). */
	static final String RESPONDENT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *";

	private static final String[] PUBLIC_PAGES = { "/setup", "/login", "/invitations/**", "/css/**", "/js/**",
			"/img/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus" };

	/**
	 * No observation around each security filter: they cost about a tenth of an API request's CPU
	 * and say nothing the request's own metric ({@code http.server.requests}) does not.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy(Role.HIERARCHY);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiKeyManagement keys,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) throws Exception {
		AuthenticationEntryPoint entryPoint = (request, response, e) -> resolver.resolveException(request, response,
				null, e);
		AccessDeniedHandler denied = (request, response, e) -> resolver.resolveException(request, response, null, e);
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.anonymous(anonymous -> anonymous.disable())
			.addFilterBefore(new ApiKeyFilter(keys, entryPoint), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				// Written before the request is handled: the API's headers never depend on its answer,
				// and writing them on commit wraps every response and each of its writes.
				.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
					@Override
					public <O extends HeaderWriterFilter> O postProcess(O filter) {
						filter.setShouldWriteHeadersEagerly(true);
						return filter;
					}
				}))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/v1/openapi/**", "/api/v1/openapi").permitAll()
				.requestMatchers("/api/v1/audit/**").hasRole(Role.OWNER.name())
				.requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.VIEWER.name())
				.anyRequest().hasRole(Role.AGENT.name()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain respondents(HttpSecurity http) throws Exception {
		http.securityMatcher(RESPONDENT_PAGES)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(RESPONDENT_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain web(HttpSecurity http, SignIn signIn, SignInThrottle throttle, AuditLog audit, Users users)
			throws Exception {
		var contexts = new HttpSessionSecurityContextRepository();
		http.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers(PUBLIC_PAGES).permitAll()
				.requestMatchers("/settings/audit/**").hasRole(Role.OWNER.name())
				.requestMatchers("/settings/**").hasRole(Role.ADMIN.name())
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter(SignIn.EMAIL_PARAMETER)
				.passwordParameter("password")
				.successHandler(signIn.onSuccess())
				.failureHandler(signIn.onFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(signIn.onSignOut())
				.logoutSuccessUrl("/login?signedOut")
				.deleteCookies("TANGGAP_SESSION"))
			.addFilterBefore(new SignInThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SessionRefreshFilter(users, contexts), AnonymousAuthenticationFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}
}
