using System.Diagnostics;
using I2cBridge.Ipmb;

namespace I2cBridge.Tests.Ipmb;

/// <summary>
/// The /dev/ipmb-N channel's real system calls (open, write, poll, read) over a named pipe standing in for the
/// ipmb_dev_int device: a record written comes back as the same frame, the way the driver queues whole records.
/// </summary>
public class LinuxIpmbDevChannelTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("ipmb-dev-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string NamedPipe()
    {
        var path = Path.Combine(_directory, "ipmb-7");
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero);
        return path;
    }

    [Test, CancelAfter(10_000)]
    public async Task Written_record_reads_back_as_the_same_frame(CancellationToken cancellationToken)
    {
        await using var channel = new LinuxIpmbDevChannel(7, NamedPipe());
        var getDeviceId = Convert.FromHexString("2018C88104017A"); // IPMB v1.0 §2.2: Get Device ID to 0x20 from 0x81, seq 1

        await channel.SendAsync(getDeviceId, cancellationToken);
        var buffer = new byte[64];
        var length = await channel.ReceiveAsync(buffer, cancellationToken);

        Assert.That(buffer[..length], Is.EqualTo(getDeviceId));
    }

    [Test, CancelAfter(10_000)]
    public void Receive_honours_cancellation_while_nothing_arrives(CancellationToken cancellationToken)
    {
        var channel = new LinuxIpmbDevChannel(7, NamedPipe());
        using var soon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        soon.CancelAfter(TimeSpan.FromMilliseconds(300));
        Assert.That(async () => await channel.ReceiveAsync(new byte[64], soon.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(async () => await channel.DisposeAsync(), Throws.Nothing);
    }

    [Test]
    public void Missing_device_is_an_io_failure_naming_it()
    {
        var error = Assert.Throws<I2cException>(() => _ = new LinuxIpmbDevChannel(7, Path.Combine(_directory, "absent")))!;
        Assert.That(error.Failure, Is.EqualTo(I2cFailure.Io));
        Assert.That(error.Message, Does.Contain("absent"));
    }
}
