using I2cBridge;
using I2cBridge.Ipmb;
using Ipmi.Protocol;

namespace Oem.PassThrough;

/// <summary>
/// Forwarding over IPMB (IPMB v1.0 §2.11): each request becomes a frame to the BMC's 8-bit responder address from our
/// own (rqSA), with a sequence number from the <see cref="IpmbRequester"/>, which matches the response and resends
/// after a response timeout. Owns the requester and its channel.
/// </summary>
public sealed class IpmbBmcLink : IBmcLink
{
    private readonly IIpmbChannel _channel;
    private readonly IpmbRequester _requester;

    /// <param name="responderAddress">The BMC's 8-bit slave address (rsSA), usually 0x20.</param>
    public IpmbBmcLink(IIpmbChannel channel, byte responderAddress, IpmbRequesterOptions options, TimeProvider time)
    {
        _channel = channel;
        ResponderAddress = responderAddress;
        _requester = new IpmbRequester(channel, options, time);
    }

    public byte ResponderAddress { get; }

    public async ValueTask<BmcResponse> SendAsync(NetFn netFn, byte command, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var frame = await _requester.SendAsync(ResponderAddress, (byte)netFn, 0, command, data, cancellationToken).ConfigureAwait(false);
        if (!BmcResponse.TryParse(frame.Data, out var response))
            throw I2cException.Create(I2cFailure.BusError, _channel.BusId, ResponderAddress >> 1, $"IPMB response to cmd 0x{command:X2} without a completion code");
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        await _requester.DisposeAsync().ConfigureAwait(false);
        await _channel.DisposeAsync().ConfigureAwait(false);
    }
}
