package org.policy321.bench.scale;

import java.util.function.IntConsumer;

/** One read a person's screen makes, as a named call; {@code call} gets the sample's number. */
record Read(String name, IntConsumer call) {}
