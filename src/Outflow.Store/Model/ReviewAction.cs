namespace Outflow.Store.Model;

/// <summary>What a reviewer did: confirmed the claim, rejected it, or corrected fields.</summary>
public enum ReviewAction { Accept, Reject, Set }
