using Ipmi.Protocol;

namespace Ipmi.Lan.Users;

/// <summary>A thread-safe <see cref="IUserStore"/> held in memory: copy-on-write, so lookups never lock.</summary>
public sealed class InMemoryUserStore(IEnumerable<UserAccount>? users = null, int maxUsers = 15) : IUserStore
{
    private readonly Lock _sync = new();
    private volatile UserAccount[] _users = users?.OrderBy(u => u.Id).ToArray() ?? [];

    public int MaxUsers => maxUsers;

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

    public void Set(UserAccount account)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(account.Id, (byte)maxUsers);
        lock (_sync)
            _users = [.. _users.Where(u => u.Id != account.Id).Append(account).OrderBy(u => u.Id)];
    }

    public bool SetName(byte id, string name) => Update(id, u => u.WithName(name));

    public bool SetPassword(byte id, ReadOnlySpan<byte> password)
    {
        var copy = password.ToArray();
        return Update(id, u => u.WithPassword(copy));
    }

    public bool SetAccess(byte id, PrivilegeLevel maxPrivilege, bool enabled) => Update(id, u => u.WithAccess(maxPrivilege, enabled));

    private bool Update(byte id, Func<UserAccount, UserAccount> change)
    {
        lock (_sync)
        {
            var current = Get(id);
            if (current is null)
                return false;
            Set(change(current));
            return true;
        }
    }
}
