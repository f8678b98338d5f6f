using I2cBridge;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;

namespace Oem.Handlers;

/// <summary>
/// The one place where a fault escaping a handler becomes a completion code (IPMI v2.0 §5.2, Table 5-2).
/// Bus failures follow DESIGN.md's reliability rules: a timeout is 0xC3, a busy bus 0xC0, anything else
/// the bus did is 0xCE "response unavailable". Handlers that owe a command-specific code (Master
/// Write-Read's 0x81-0x84) catch <see cref="I2cException"/> themselves.
/// </summary>
public sealed class CompletionCodeMapper : ICompletionCodeMapper
{
    public CompletionCode Map(Exception exception) => exception switch
    {
        I2cException { Failure: I2cFailure.Timeout } => CompletionCode.Timeout,
        I2cException { Failure: I2cFailure.BusBusy } => CompletionCode.NodeBusy,
        I2cException => CompletionCode.ResponseUnavailable,
        TimeoutException => CompletionCode.Timeout,
        _ => CompletionCode.Unspecified,
    };
}
