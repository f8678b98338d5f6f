using I2cBridge;
using Ipmi.Protocol;
using Oem.Handlers;

namespace Oem.Tests.Handlers;

public class CompletionCodeMapperTests
{
    private static readonly CompletionCodeMapper Mapper = new();

    [TestCase(I2cFailure.Timeout, CompletionCode.Timeout)]
    [TestCase(I2cFailure.BusBusy, CompletionCode.NodeBusy)]
    [TestCase(I2cFailure.Nack, CompletionCode.ResponseUnavailable)]
    [TestCase(I2cFailure.ArbitrationLost, CompletionCode.ResponseUnavailable)]
    [TestCase(I2cFailure.BusError, CompletionCode.ResponseUnavailable)]
    [TestCase(I2cFailure.BadPec, CompletionCode.ResponseUnavailable)]
    [TestCase(I2cFailure.Unsupported, CompletionCode.ResponseUnavailable)]
    [TestCase(I2cFailure.Io, CompletionCode.ResponseUnavailable)]
    public void Bus_failures_map_to_design_completion_codes(I2cFailure failure, CompletionCode expected) =>
        Assert.That(Mapper.Map(I2cException.Create(failure, 1, 0x48)), Is.EqualTo(expected));

    [Test]
    public void Bugs_map_to_unspecified() =>
        Assert.That(Mapper.Map(new InvalidOperationException()), Is.EqualTo(CompletionCode.Unspecified));
}
