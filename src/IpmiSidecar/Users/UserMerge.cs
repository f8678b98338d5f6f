using Ipmi.Lan.Users;
using Microsoft.Extensions.Logging;

namespace IpmiSidecar.Users;

/// <summary>
/// How the state file and the configuration combine at start-up, per user ID:
/// <list type="bullet">
/// <item>changed over IPMI (marked in the file): the file wins — an operator's Set User Password is not undone by a restart;</item>
/// <item>otherwise the configuration wins — a password rotated in the configuration (or its PasswordFile) takes effect,
/// and a configured user removed from the configuration is removed;</item>
/// <item>a configured user whose name an IPMI-changed user already has is left out, with a warning.</item>
/// </list>
/// </summary>
public static class UserMerge
{
    public static IReadOnlyList<UserFile.Entry> Merge(IReadOnlyList<UserFile.Entry> saved, IReadOnlyList<UserAccount> configured, ILogger logger)
    {
        var result = saved.Where(e => e.ChangedOverIpmi).ToDictionary(e => e.Account.Id);
        foreach (var user in configured)
        {
            if (result.TryGetValue(user.Id, out var kept))
            {
                logger.ConfiguredUserOverridden(user.Id, user.Name, kept.Account.Name);
                continue;
            }
            if (result.Values.Any(e => e.Account.Name.Length > 0 && e.Account.Name == user.Name))
            {
                logger.ConfiguredUserNameTaken(user.Id, user.Name);
                continue;
            }
            result[user.Id] = new UserFile.Entry(user, ChangedOverIpmi: false);
        }
        return [.. result.Values.OrderBy(e => e.Account.Id)];
    }
}
