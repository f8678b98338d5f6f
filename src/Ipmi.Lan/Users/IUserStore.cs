namespace Ipmi.Lan.Users;

/// <summary>
/// The users the LAN channel authenticates: <see cref="MaxUsers"/> slots with IDs 1 to <see cref="MaxUsers"/>
/// (ID 1 is the fixed null-name user, §22.27). Lookups serve RAKP 1 (§13.20); <see cref="TryUpdate"/> serves the
/// Set User Name / Password / Access commands (IPMI v2.0 §22.26-22.30). Implementations are thread-safe and
/// apply each update atomically; sessions keep the account they were opened with, so a change takes effect
/// for new sessions.
/// </summary>
public interface IUserStore
{
    /// <summary>The number of user IDs the store has (reported by Get User Access).</summary>
    int MaxUsers { get; }

    /// <summary>The user whose name equals <paramref name="name"/> byte for byte, or null.</summary>
    UserAccount? FindByName(ReadOnlySpan<byte> name);

    /// <summary>The account in slot <paramref name="id"/>, or null for a slot nobody has configured.</summary>
    UserAccount? Get(byte id);

    /// <summary>The configured accounts, ascending by ID.</summary>
    IReadOnlyList<UserAccount> List();

    /// <summary>
    /// Replaces slot <paramref name="id"/> (1 to <see cref="MaxUsers"/>) with <paramref name="change"/> applied to
    /// its account (<see cref="UserAccount.Empty"/> for an unconfigured slot), atomically. False, and nothing
    /// changes, when the result would give two accounts the same non-empty name.
    /// </summary>
    bool TryUpdate(byte id, Func<UserAccount, UserAccount> change);
}
