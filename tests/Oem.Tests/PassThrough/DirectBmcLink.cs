using I2cBridge.Simulated;
using Ipmi.Protocol;
using Oem.PassThrough;

namespace Oem.Tests.PassThrough;

/// <summary>
/// An <see cref="IBmcLink"/> that calls a simulated BMC's responder directly, without a bus: for SDR cache tests that
/// are about the command sequence, not the transport. Records every request; <see cref="BeforeSend"/> can interfere
/// (another client's reservation) and <see cref="Override"/> can answer in the BMC's place.
/// </summary>
internal sealed class DirectBmcLink(SimulatedBmcResponder bmc) : IBmcLink
{
    public List<(NetFn NetFn, byte Command, byte[] Data)> Requests { get; } = [];

    public Action<NetFn, byte, byte[]>? BeforeSend { get; set; }

    public Func<NetFn, byte, byte[], BmcResponse?>? Override { get; set; }

    public int CountOf(NetFn netFn, byte command) => Requests.Count(r => r.NetFn == netFn && r.Command == command);

    public ValueTask<BmcResponse> SendAsync(NetFn netFn, byte command, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var bytes = data.ToArray();
        Requests.Add((netFn, command, bytes));
        BeforeSend?.Invoke(netFn, command, bytes);
        if (Override?.Invoke(netFn, command, bytes) is { } answer)
            return ValueTask.FromResult(answer);
        var response = new byte[256];
        var n = bmc.Respond((byte)netFn, command, bytes, response);
        BmcResponse.TryParse(response.AsMemory(0, n), out var parsed);
        return ValueTask.FromResult(parsed);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
