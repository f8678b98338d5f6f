using Ipmi.Protocol;
using Ipmi.Protocol.Commands;

namespace Oem.PassThrough;

/// <summary>
/// One command the sidecar forwards to a pass-through BMC, with the least privilege that may run it (IPMI v2.0
/// Appendix G unless a note says otherwise) and whether it may run outside a session (§13.14).
/// </summary>
public sealed record ForwardedCommand(NetFn NetFn, byte Command, PrivilegeLevel MinimumPrivilege, byte Group = 0)
{
    public bool SessionlessAllowed { get; init; }

    /// <summary>A successful answer means the BMC's SDR repository changed: the cache must be read again.</summary>
    public bool ChangesSdrRepository { get; init; }

    public CommandKey Key => new(NetFn, Command, Group);
}
