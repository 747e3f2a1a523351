package org.missioncj.core.api.persistence;

import org.osgi.annotation.versioning.ConsumerType;

@ConsumerType
@FunctionalInterface
public interface TransactionWork<T> {
    T run(Transaction tx) throws Exception;
}
