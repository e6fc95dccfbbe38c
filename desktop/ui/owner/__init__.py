"""维护车主: a vehicle's owner (W3, O2-O6, W2a/W2b): find or create the customer, set it retained, link it."""
