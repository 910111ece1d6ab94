namespace Outflow.Store;

/// <summary>A store failure with a message a user can act on (which database, what went wrong).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
