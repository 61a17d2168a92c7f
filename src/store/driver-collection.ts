/**
 * The key under which a store collection keeps its driver collection. Being a symbol, it can only be reached
 * by importing it, and only the store may (a lint rule says so): everything else goes through a named
 * repository method, whose index says which query it serves.
 */
export const driver: unique symbol = Symbol('driver collection');
