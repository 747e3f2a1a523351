package org.missioncj.core.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/** A module's unit of work, run in one transaction by {@link ModuleSupport#audited} or {@link ModuleSupport#work}. */
@ConsumerType
@FunctionalInterface
public interface Work<T> {
    T run(Tx tx) throws Exception;
}
