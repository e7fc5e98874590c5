package dev.opencif.application.port.out;

/** Whether the storage behind the ports answers. */
public interface HealthPort {

    boolean storageReachable();
}
