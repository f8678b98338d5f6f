namespace Ipmi.Protocol.Commands;

/// <summary>
/// Identifies a command for dispatch: network function, command code and, for the group-extension
/// network function (0x2C, IPMI v2.0 §5.1), the defining-body code that is the first data byte.
/// </summary>
public readonly record struct CommandKey(NetFn NetFn, byte Command, byte Group = 0)
{
    /// <summary>The key for a request: reads the defining body from the data for group-extension commands.</summary>
    public static CommandKey For(NetFn netFn, byte command, ReadOnlySpan<byte> data) =>
        netFn == NetFn.GroupExtension && data.Length > 0
            ? new CommandKey(netFn, command, data[0])
            : new CommandKey(netFn, command);

    public override string ToString() =>
        NetFn == NetFn.GroupExtension ? $"0x{(byte)NetFn:X2}/0x{Command:X2} (body 0x{Group:X2})" : $"0x{(byte)NetFn:X2}/0x{Command:X2}";
}
