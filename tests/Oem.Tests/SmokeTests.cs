namespace Oem.Tests;

public class SmokeTests
{
    [Test]
    public void Assembly_loads() => Assert.That(typeof(SmokeTests).Assembly.GetName().Name, Is.EqualTo("Oem.Tests"));
}
