package org.missioncj.core.api.rest;

import java.util.function.Function;

import org.missioncj.core.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's HTTP Basic sign-in, as a service, for an endpoint that is not part of the REST API
 * (a SOAP adapter): the same rules as every REST call. In this order: credentials only over TLS or from
 * this machine; a client address that keeps failing is slowed down; the user name must be an account
 * name exactly (no other case, no spaces); the realm, with the account lockout. Every refusal and every
 * fresh sign-in is audited; a disabled, demoted or reset account signs in with what it is now.
 */
@ProviderType
public interface HttpSignIn {
    /**
     * Signs in the request's {@code Authorization} header.
     *
     * @param remoteAddress the peer address of the connection (a trusted proxy's forwarding headers are believed)
     * @param secure whether the connection is TLS
     * @param headers the request's headers by name (case-insensitive)
     * @return the signed-in actor, with the purpose of use from {@link MissionRest#PURPOSE_HEADER}
     * @throws SignInRefused with the HTTP status and words to answer
     */
    Actor signIn(String remoteAddress, boolean secure, Function<String, String> headers);
}
