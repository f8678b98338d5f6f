namespace Ipmi.Lan.Users;

/// <summary>A thread-safe <see cref="IUserStore"/> held in memory: copy-on-write, so lookups never lock.</summary>
public sealed class InMemoryUserStore : IUserStore
{
    /// <summary>Fifteen user IDs, as most BMCs ship (ipmitool's `user list` walks them all).</summary>
    public const int DefaultMaxUsers = 15;

    private readonly Lock _sync = new();
    private volatile UserAccount[] _users;

    public InMemoryUserStore(IEnumerable<UserAccount>? users = null, int maxUsers = DefaultMaxUsers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUsers, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxUsers, (int)UserAccount.MaxId);
        MaxUsers = maxUsers;
        _users = users?.OrderBy(u => u.Id).ToArray() ?? [];
        var tooHigh = Array.Find(_users, u => u.Id > maxUsers);
        if (tooHigh is not null)
            throw new ArgumentOutOfRangeException(nameof(users), tooHigh.Id, $"User IDs must be at most {maxUsers}.");
        if (_users.Select(u => u.Id).Distinct().Count() != _users.Length || HasDuplicateName(_users))
            throw new ArgumentException("User IDs and non-empty user names must be unique.", nameof(users));
    }

    public int MaxUsers { get; }

    public UserAccount? FindByName(ReadOnlySpan<byte> name)
    {
        foreach (var user in _users)
        {
            if (name.SequenceEqual(user.NameBytes))
                return user;
        }
        return null;
    }

    public UserAccount? Get(byte id) => Array.Find(_users, u => u.Id == id);

    public IReadOnlyList<UserAccount> List() => _users;

    public bool TryUpdate(byte id, Func<UserAccount, UserAccount> change)
    {
        ArgumentOutOfRangeException.ThrowIfZero(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(id, (byte)MaxUsers);
        lock (_sync)
        {
            var changed = change(Get(id) ?? UserAccount.Empty(id));
            if (changed.Id != id)
                throw new ArgumentException("An update may not change the user ID.", nameof(change));
            UserAccount[] next = [.. _users.Where(u => u.Id != id).Append(changed).OrderBy(u => u.Id)];
            if (HasDuplicateName(next))
                return false;
            _users = next;
            return true;
        }
    }

    private static bool HasDuplicateName(UserAccount[] users) =>
        users.Where(u => u.Name.Length > 0).GroupBy(u => u.Name, StringComparer.Ordinal).Any(g => g.Count() > 1);
}
