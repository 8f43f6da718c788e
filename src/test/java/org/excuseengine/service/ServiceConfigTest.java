package org.excuseengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ServiceConfigTest {
    @Test
    void aBodyLimitNoBatchLineCanBeReadWithIsRefusedAtStart() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ServiceConfig.builder().maxBodyBytes(Integer.MAX_VALUE).build());

        assertEquals("maxBodyBytes: expected at most 2147483646, got 2147483647", error.getMessage());
    }
}
