package org.heaplab.diag;

public enum Severity { ERROR, WARNING, NOTE }
